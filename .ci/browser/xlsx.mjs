// Reads an XLSX file far enough to check it: an Office Open XML spreadsheet package (a zip with
// the spreadsheet content type and a workbook), and the cell values of every sheet. fflate unzips;
// the few XML parts are read with regular expressions, which is enough for the flat SpreadsheetML
// that Apache POI writes and keeps the tests free of a spreadsheet library.
import { strFromU8, unzipSync } from "fflate";

const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

const unescape = (text) => text
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&amp;/g, "&");

/** All <t> texts inside a fragment (a shared string or an inline string may have several runs). */
const texts = (xml) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join("");

/** Column letters of a cell reference (C7 → 2). */
function columnIndex(reference) {
  let index = 0;
  for (const letter of reference.match(/^[A-Z]+/)[0]) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

/**
 * The sheets of an XLSX file as {name, rows}: rows is an array (by row number − 1) of arrays of
 * cell values, numbers as numbers and strings as strings. Throws if the file is not an XLSX.
 */
export function readXlsx(bytes) {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error("not a zip file (no PK signature)");
  const files = unzipSync(bytes);
  const part = (name) => {
    if (!files[name]) throw new Error(`no ${name} in the package`);
    return strFromU8(files[name]);
  };
  if (!part("[Content_Types].xml").includes(SHEET_TYPE)) throw new Error("[Content_Types].xml names no spreadsheet workbook");
  const shared = files["xl/sharedStrings.xml"]
    ? [...part("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  const relations = Object.fromEntries([...part("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => [m[0].match(/Id="([^"]+)"/)[1], m[0].match(/Target="([^"]+)"/)[1]]));
  return [...part("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const name = unescape(m[0].match(/name="([^"]*)"/)[1]);
    const target = relations[m[0].match(/r:id="([^"]+)"/)[1]].replace(/^\/?(xl\/)?/, "xl/");
    const rows = [];
    for (const row of part(target).matchAll(/<row\b[^>]*?r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const cells = [];
      for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attributes = cell[1];
        const body = cell[2] ?? "";
        const type = attributes.match(/\bt="([^"]+)"/)?.[1];
        const value = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
        const index = columnIndex(attributes.match(/\br="([A-Z]+\d+)"/)[1]);
        if (type === "s") cells[index] = shared[Number(value)];
        else if (type === "inlineStr") cells[index] = texts(body);
        else if (type === "str" || type === "e") cells[index] = value === undefined ? "" : unescape(value);
        else if (type === "b") cells[index] = value === "1";
        else if (value !== undefined) cells[index] = Number(value);
      }
      rows[Number(row[1]) - 1] = cells;
    }
    return { name, rows };
  });
}
