// The integration API's OpenAPI 3.1 document, generated from the contract's zod schemas
// (zod-openapi) so it cannot drift from what the service parses and answers.
import { z } from "zod";
import { createDocument } from "zod-openapi";
import { integrationApi, type ApiOperation } from "../../shared/contract";
import { errorCodes } from "../../shared/errors";

const ErrorEnvelope = z
  .object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().meta({ description: "What is wrong, in words." }),
      details: z
        .unknown()
        .optional()
        .meta({ description: "For BAD_INPUT: each field and its problem." }),
    }),
  })
  .meta({ id: "Error" });

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorEnvelope } },
});

const IdempotencyHeader = z.object({
  "Idempotency-Key": z.string().min(1).max(200).meta({
    description:
      "Any text chosen for this request; a retry with the same key and body gets the first answer and changes nothing. Kept 24 hours.",
  }),
});

const operationId = (method: string) =>
  method.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

function pathItem(method: string, operation: ApiOperation) {
  const write = operation.method !== "GET";
  const hasParams = operation.path.includes("{");
  return {
    operationId: operationId(method),
    summary: operation.summary,
    description: `Needs the scope \`${operation.scope}\`.`,
    requestParams: {
      ...(hasParams ? { path: operation.params } : {}),
      ...(write ? { header: IdempotencyHeader } : {}),
    },
    ...(write
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: operation.body } },
          },
        }
      : {}),
    responses: {
      200: {
        description: "Done.",
        content: {
          "application/json": {
            schema: z.object({ ok: z.literal(true), value: operation.output }),
          },
        },
      },
      400: errorResponse("The input is not valid (BAD_INPUT)."),
      401: errorResponse("No valid API key (UNAUTHORIZED)."),
      403: errorResponse("The key lacks the operation's scope (FORBIDDEN)."),
      404: errorResponse("No such order or customer (NOT_FOUND)."),
      409: errorResponse(
        "The idempotency key was used for another request, or someone changed the order meanwhile (CONFLICT).",
      ),
      422: errorResponse("A business rule refuses the change (RULE)."),
      429: errorResponse(
        "Too many requests with this key (RATE_LIMITED); see Retry-After.",
      ),
      500: errorResponse("A failure on Cutr's side (INTERNAL)."),
    },
  };
}

export function openApiDocument(
  version: string,
): ReturnType<typeof createDocument> {
  const paths: Record<string, Record<string, ReturnType<typeof pathItem>>> = {};
  for (const [method, operation] of Object.entries(integrationApi)) {
    const item = (paths[`/integration/v1${operation.path}`] ??= {});
    item[operation.method.toLowerCase()] = pathItem(method, operation);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Cutr integration API",
      version,
      description:
        "The Cutr platform's way into the operations console, served by the team service. Every call carries an integration's API key (Settings → Integrations) as a bearer token.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", bearerFormat: "cutr_…" },
      },
    },
    security: [{ apiKey: [] }],
    paths,
  });
}
