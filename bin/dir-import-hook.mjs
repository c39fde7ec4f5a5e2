// Module resolve hook: the lib is written for bundler resolution (Vite, WXT), where
// `import './detect'` means ./detect/index.ts. Node's ESM resolver refuses directory imports,
// even under tsx, so retry such an import as the directory's index file.
const INDEXES = ['index.ts', 'index.tsx', 'index.mts', 'index.js', 'index.mjs'];

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw err;
    for (const index of INDEXES) {
      try {
        return await nextResolve(`${specifier.replace(/\/+$/, '')}/${index}`, context);
      } catch {
        // try the next candidate
      }
    }
    throw err;
  }
}
