// Finds the plugin package's root (where templates/ lives), from the source tree in tests or from dist/ once built.
import fs from 'fs';
import path from 'path';

const PACKAGE_NAME = 'strapi-plugin-privacy';

export const packageRoot = (from: string = __dirname): string => {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package above ${from}`);
    dir = parent;
  }
};

export const templatesDir = (): string => path.join(packageRoot(), 'templates');
