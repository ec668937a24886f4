import fs from 'fs';
import path from 'path';

/**
 * The custom routes the app declares (src/api/<type>/routes/0*.ts), read from the route files
 * themselves: a route added there is seen here without a list to keep.
 */

export interface DeclaredRoute {
  method: string;
  /** As OpenAPI writes it: `/api/articles/{slug}/comments`. */
  path: string;
  file: string;
}

const apiDir = path.resolve(__dirname, '..', '..', 'src', 'api');

export const declaredRoutes = (): DeclaredRoute[] =>
  fs
    .readdirSync(apiDir)
    .flatMap((type) => {
      const dir = path.join(apiDir, type, 'routes');
      return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^0.*\.ts$/.test(f)).map((f) => path.join(dir, f)) : [];
    })
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const routes = (require(file) as { default: { routes: Array<{ method: string; path: string }> } }).default.routes;
      return routes.map((route) => ({
        method: route.method.toLowerCase(),
        path: `/api${route.path.replace(/:(\w+)/g, '{$1}')}`,
        file: path.relative(path.resolve(apiDir, '..', '..'), file),
      }));
    });

/** A path template as a pattern of concrete paths (`{x}` one segment); `/api/fronts/{x}` matches `/api/fronts/home`. */
export const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
