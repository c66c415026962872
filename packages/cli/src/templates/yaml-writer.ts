/**
 * @module templates/yaml-writer
 * Block YAML with comment lines for the templates; the writer lives in core (`toYaml`), shared with the
 * scenario templates and the web app.
 */
export { toYaml } from '@avp/core'
