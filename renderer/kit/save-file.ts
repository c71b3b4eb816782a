// Saves a file a staff page made (a report's CSV, HTML or PDF) to the browser's downloads, the way a
// link with a download name does: nothing leaves the page but the file itself.

export interface SavedFile {
  name: string;
  type: string;
  body: BlobPart;
}

export type SaveFile = (file: SavedFile) => void;

export function saveInBrowser(page: Document): SaveFile {
  return ({ name, type, body }) => {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const link = page.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    page.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once it starts; the address is let go a little later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  };
}

/** The bytes of a base64 text (the PDF the host sends). */
export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
