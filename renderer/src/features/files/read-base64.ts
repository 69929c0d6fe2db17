/** A file picked or dropped by the user, as the base64 that files.import carries. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(",") + 1));
    };
    reader.onerror = () =>
      reject(reader.error ?? new Error(`"${file.name}" could not be read.`));
    reader.readAsDataURL(file);
  });
}
