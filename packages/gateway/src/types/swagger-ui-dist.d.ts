declare module 'swagger-ui-dist/absolute-path.js' {
  /** The folder of the installed swagger-ui-dist package. */
  const getAbsoluteFSPath: () => string;
  export default getAbsoluteFSPath;
}
