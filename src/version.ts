/** exbench's version; a test keeps it equal to package.json's. */
export const EXBENCH_VERSION = '0.1.0';
