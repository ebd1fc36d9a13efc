// The one place the toolkit's islands meet the storage layer, so a change there touches one file.
export { createPersisted as createToolState } from '../persisted';
