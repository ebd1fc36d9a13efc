// Counts the pages of a PDF that Chromium produced (its page objects are uncompressed dictionaries).
export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
