// app://console/ serves the built renderer, with the same security headers as browser mode.
import { protocol } from "electron";
import { securityHeaders } from "../server/security-headers";
import { readStaticFile } from "../server/static-files";

export { appOrigin } from "./security-rules";

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: "app",
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle("app", async (request) => {
    const url = new URL(request.url);
    if (url.host !== "console")
      return new Response("Not found.", { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response("Not found.", { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, "Content-Type": file.contentType },
    });
  });
}
