import admin from './admin';
import documents from './documents';
import presets from './presets';
import registers from './registers';

export default { admin, documents, presets, registers };
