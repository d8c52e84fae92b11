import admin from './admin';
import documents from './documents';
import presets from './presets';
import preview from './preview';
import registers from './registers';

export default { admin, documents, presets, preview, registers };
