import { signedInUser } from "../context";
import { createExport, createTemplate } from "../exports/create-export";
import type { HandlersOf } from "../rpc/handler-types";
import { applyImport, previewImport } from "./run-import";

export const importHandlers: HandlersOf<"imports"> = {
  "imports.preview": (input, context) => previewImport(context, input),
  "imports.apply": (input, context) => applyImport(context, input),
  "imports.template": (input, context) => createTemplate(context, input),
};

export const exportHandlers: HandlersOf<"exports"> = {
  "exports.create": (input, context) => createExport(context, input),
};

export const jobHandlers: HandlersOf<"jobs"> = {
  "jobs.progress": async ({ jobId }, context) =>
    context.jobs.progress(jobId, signedInUser(context).id),
  "jobs.cancel": async ({ jobId }, context) => ({
    cancelled: context.jobs.cancel(jobId, signedInUser(context).id),
  }),
};
