import admin from './admin';
import documents from './documents';

export default { admin, documents };
