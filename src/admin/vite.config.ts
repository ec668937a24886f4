import fs from 'fs';
import path from 'path';
import type { Plugin, UserConfig } from 'vite';

/**
 * The admin panel's build, as Strapi makes it (`strapi build` and `strapi develop` both merge this
 * file), plus one change to the content manager: a collapsed body block's header shows the block's
 * own words (block-header.ts) instead of String(main field), which is empty or "[object Object]" for a
 * paragraph's blocks text or a photo's relation. Strapi offers no hook for that header, so the one
 * line that computes it is rewritten; the build fails loudly if an upgrade changes that line.
 */

/** An esbuild plugin as Vite's own esbuild takes it (the app's esbuild is another version). */
type EsbuildPlugin = NonNullable<NonNullable<NonNullable<UserConfig['optimizeDeps']>['esbuildOptions']>['plugins']>[number];

const MODULE = /@strapi[\\/]content-manager[\\/]dist[\\/]admin[\\/]pages[\\/]EditView[\\/]components[\\/]FormInputs[\\/]DynamicZone[\\/]DynamicComponent\.mjs$/;
const READ = /const mainFieldValue = useForm\('DynamicComponent', \(state\)=>getIn\(state\.values, `\$\{name\}\.\$\{index\}\.\$\{mainField\}`\)\);\s*const displayedValue = [^;]+;/;
const HEADER = path.join(__dirname, 'block-header.ts').split(path.sep).join('/');

export const rewrite = (code: string, id: string): string => {
  if (!READ.test(code)) {
    throw new Error(`${id}: the dynamic zone's block header is no longer computed as expected; update src/admin/vite.config.ts`);
  }
  return `import { blockHeader as newsroomBlockHeader } from ${JSON.stringify(HEADER)};\n${code.replace(
    READ,
    "const newsroomBlock = useForm('DynamicComponent', (state)=>getIn(state.values, `${name}.${index}`));\n" +
      '    const displayedValue = newsroomBlockHeader(componentUid, newsroomBlock, mainField);',
  )}`;
};

/** `strapi build`: Vite (Rollup) transforms the module. */
const blockHeaders: Plugin = {
  name: 'newsroom-block-headers',
  enforce: 'pre',
  transform(code, id) {
    return MODULE.test(id.split('?')[0]) ? { code: rewrite(code, id), map: null } : null;
  },
};

/** `strapi develop`: the content manager is pre-bundled by esbuild, which Vite's transforms do not reach. */
const blockHeadersPrebundled: EsbuildPlugin = {
  name: 'newsroom-block-headers',
  setup(build) {
    build.onLoad({ filter: MODULE }, (args) => ({ contents: rewrite(fs.readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

export default (config: UserConfig): UserConfig => ({
  ...config,
  plugins: [...(config.plugins ?? []), blockHeaders],
  optimizeDeps: {
    ...config.optimizeDeps,
    esbuildOptions: {
      ...config.optimizeDeps?.esbuildOptions,
      plugins: [...(config.optimizeDeps?.esbuildOptions?.plugins ?? []), blockHeadersPrebundled],
    },
  },
});
