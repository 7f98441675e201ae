/** The preview's cell references are the engine's: one parser for every surface. */
export { parseCellAddress as parseCellRef, type CellLocation as CellRef } from '../../sheet/address';
