import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The parts of a zip, in order. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, path: string): string {
  const part = unzip(bytes)[path];
  if (!part) throw new Error(`no part ${path}`);
  return strFromU8(part);
}

function rezip(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(parts, { level: 6 });
}

/**
 * A clerk's workbook as ExcelJS writes it: a Chinese summary sheet with a merged
 * title, a formula, an error, a number stored as text, rich text, a note (comment),
 * data validation and a conditional format; a workbook-level defined name; the
 * clerk's own sheet named 排名 (not PERF's); and an English sheet.
 */
export async function clerkWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '2024年度县区绩效考评汇总表';
  ws.addRow([]);
  ws.getRow(2).values = ['单位', '指标考核(80%)', '公众评议(20%)', '扣分', '总分', '一票否决'];
  const data: [string, number, number, number][] = [
    ['东城区', 92, 88, 0.5],
    ['西城区', 85.5, 90, 0],
    ['南山县', 78, 82, 1],
    ['北湖县', 95, 93, 0],
  ];
  data.forEach(([unit, a, b, d], i) => {
    const r = 3 + i;
    ws.getRow(r).values = [unit, a, b, d];
    ws.getCell(`E${r}`).value = { formula: `B${r}*0.8+C${r}*0.2-D${r}`, result: a * 0.8 + b * 0.2 - d };
    ws.getCell(`F${r}`).value = i === 2 ? '是' : '否';
  });
  ws.getCell('A7').value = { richText: [{ text: '合', font: { bold: true } }, { text: '计' }] };
  ws.getCell('B7').value = '９０分';
  ws.getCell('C7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('D7').value = true;
  ws.getCell('A2').note = '单位名称以编办文件为准';
  // ExcelJS supports range validations but its typings do not declare them
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('F3:F6', { type: 'list', allowBlank: true, formulae: ['"是,否"'] });
  ws.addConditionalFormatting({
    ref: 'E3:E6',
    rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: [90], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  wb.definedNames.add("'汇总'!$E$3:$E$6", '总分区域');

  const clerkRanking = wb.addWorksheet('排名');
  clerkRanking.getCell('A1').value = '这是科员自己做的排名表，不能被覆盖';
  clerkRanking.getCell('B2').value = 42;

  const en = wb.addWorksheet('Data');
  en.getCell('A1').value = 'R&D <notes> "quoted"';
  en.getCell('A2').value = 3.14159;

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>总分</c:v></c:tx><c:cat><c:strRef><c:f>'汇总'!$A$3:$A$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'汇总'!$E$3:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

/** Add a real column chart over 汇总!E3:E6 to the first sheet: drawing + chart parts, their relationships, content types. */
export function withChart(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes);
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  const rels = parts[relsPath] ? strFromU8(parts[relsPath]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  parts[relsPath] = strToU8(
    rels.replace('</Relationships>', `<Relationship Id="rIdChart1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`),
  );
  let sheet = strFromU8(parts[sheetPath]);
  const at = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].map((t) => sheet.indexOf(t)).find((i) => i >= 0)!;
  sheet = `${sheet.slice(0, at)}<drawing r:id="rIdChart1"/>${sheet.slice(at)}`;
  parts[sheetPath] = strToU8(sheet);
  parts['xl/drawings/drawing1.xml'] = strToU8(DRAWING_XML);
  parts['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  parts['xl/charts/chart1.xml'] = strToU8(CHART_XML);
  const ct = strFromU8(parts['[Content_Types].xml']).replace(
    '</Types>',
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
  parts['[Content_Types].xml'] = strToU8(ct);
  return rezip(parts);
}

/** Bytes standing in for a VBA project: an OLE header and a fixed pseudo-random body. */
export function fakeVbaProject(): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let x = 12345;
  for (let i = 8; i < out.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

/** The .xlsm variant: a vbaProject.bin part, its relationship, and the macro-enabled workbook content type. */
export function asXlsm(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes);
  parts['xl/vbaProject.bin'] = fakeVbaProject();
  const relsPath = 'xl/_rels/workbook.xml.rels';
  parts[relsPath] = strToU8(
    strFromU8(parts[relsPath]).replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  parts['[Content_Types].xml'] = strToU8(
    strFromU8(parts['[Content_Types].xml'])
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  return rezip(parts);
}

/** A zip that is a Word document, not a workbook. */
export function docxLike(): Uint8Array {
  return rezip({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
  });
}

/** The workbook with a PERF mark of the given kind on the sheet at `index` (as a newer PERF would leave it). */
export function withSheetMark(bytes: Uint8Array, index: number, kind: string): Uint8Array {
  const parts = unzip(bytes);
  const mark = `<definedName name="PERF_SHEET" localSheetId="${index}" hidden="1">"${kind}"</definedName>`;
  let wb = strFromU8(parts['xl/workbook.xml']);
  wb = wb.includes('</definedNames>') ? wb.replace('</definedNames>', `${mark}</definedNames>`) : wb.replace('</sheets>', `</sheets><definedNames>${mark}</definedNames>`);
  parts['xl/workbook.xml'] = strToU8(wb);
  return rezip(parts);
}
