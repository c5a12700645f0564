/** Kept equal to package.json "version" (a unit test checks it); printed on certificates and by the CLI. */
export const APP_VERSION = '0.1.0';
