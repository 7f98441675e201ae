export { OfficeWorkbook, type OfficeApis } from './office-workbook';
export { detectSupport, describeSupport, type OfficeSupport, type Requirements } from './requirements';
export { officeErrorMessage, officeErrorCode, toPerfError, isCellEditError } from './office-errors';
