/**
 * @module commands/serve.command
 * `avp serve [--port 8080] [--data DIR]`.
 */
import type { CommandSpec } from '../command-spec.ts'
import { parsePort } from '../options.ts'

export const serveCommand: CommandSpec = {
  name: 'serve',
  description: (t) => t('server.serveDescription'),
  options: [
    {
      flags: '-p, --port <port>',
      description: (t) => t('server.servePortOption'),
      parse: parsePort,
      default: 8080,
    },
    { flags: '-d, --data <folder>', description: (t) => t('server.serveDataOption'), default: 'data' },
  ],
  examples: ['avp serve', 'avp serve --port 9000 --data /srv/avp'],
  run: async ({ options, context }) => (await import('./serve.ts')).runServe(options, context),
}
