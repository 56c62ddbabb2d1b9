// The data is imported as JSON and typed through the generated `Dataset`; TypeScript's own JSON
// typing would widen enums to `string` and needs the file under `rootDir`.
declare module '*.json' {
  const value: unknown
  export default value
}
