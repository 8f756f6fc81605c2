// The version `orient --version` prints (kept in step with package.json by a test).
export const ORIENT_VERSION = '0.1.0';
