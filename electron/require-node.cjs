// Refuses, in one line, a Node.js too old to run Atiende: it runs its TypeScript sources directly
// (Node 24's type stripping), so an older Node would only fail with a stack trace. Plain CommonJS,
// so that any Node can run it before the first TypeScript file is touched.
const neededMajor = 24;

/** The one line for a Node.js that is too old, or null when this one will do. */
function tooOld(version) {
  const major = Number(String(version).replace(/^v/, '').split('.')[0]);
  if (major >= neededMajor) return null;
  return `Atiende needs Node.js ${neededMajor} or newer, and this is ${version}: install it from https://nodejs.org, or run "nvm install" in this folder (.nvmrc says ${neededMajor}).`;
}

module.exports = { tooOld, neededMajor };

if (require.main === module) {
  const message = tooOld(process.version);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
