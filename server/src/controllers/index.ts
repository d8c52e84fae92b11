import admin from './admin';
import documents from './documents';
import preview from './preview';
import registers from './registers';

export default { admin, documents, preview, registers };
