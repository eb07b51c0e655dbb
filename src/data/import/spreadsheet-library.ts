/**
 * The spreadsheet library (ExcelTS), through one door that the reader and the template writer load on demand:
 * a static re-export lets the bundler keep only what is used, which a dynamic import of the package would not.
 */
export { Workbook } from '@cj-tech-master/excelts';
