import admin from './admin';
import documents from './documents';
import registers from './registers';

export default { admin, documents, registers };
