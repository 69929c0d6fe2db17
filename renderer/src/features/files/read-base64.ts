import { i18n } from "../../i18n/i18n";

/** A file picked or dropped by the user, as the base64 that files.import carries. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(",") + 1));
    };
    reader.onerror = () =>
      reject(
        reader.error ??
          new Error(i18n.t("files:upload.unreadable", { name: file.name })),
      );
    reader.readAsDataURL(file);
  });
}
