import adminDocuments from './admin-documents';
import documents from './documents';
import engine from './engine';
import versions from './versions';

export default { 'admin-documents': adminDocuments, documents, engine, versions };
