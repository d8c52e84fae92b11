import documents from './documents';
import engine from './engine';
import versions from './versions';

export default { documents, engine, versions };
