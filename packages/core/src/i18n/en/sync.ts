/** English texts of the `sync` section (see `../en.ts`). */
export const sync = {
  pushDescription:
    'save a plan file as a new version of a venture on a server (AVP_EMAIL and AVP_PASSWORD sign in)',
  pullDescription: "write a venture's newest (or a given) version from a server to a plan file",
  ventureOption: 'venture name (or id) on the server; push creates it when it does not exist',
  workspaceOption: 'workspace name or id (default: the only one you may write to)',
  serverOption: 'server address (default: AVP_SERVER, else http://localhost:8080)',
  messageOption: 'version message',
  pushForceOption: "save on top of the server's newest version although this file was not pulled from it",
  outOption: 'plan file to write',
  versionOption: 'version number (default: the newest)',
  pullForceOption: 'overwrite local changes made since the last push or pull',
  defaultMessage: 'pushed from {file}',
  created: 'Created venture "{venture}" in workspace "{workspace}" as version {version}.',
  pushed: 'Saved "{venture}" version {version} (based on version {basedOn}).',
  pulled: 'Wrote "{venture}" version {version} to {file}.',
  pulledHeader: 'Pulled from the server: "{venture}" version {version} by {author} at {at}',
  stale:
    'Refused: "{venture}" has version {latest} by {author} at {at}, newer than version {basedOn} this file is based on. Run avp pull into another file, merge, then push.',
  notPulled:
    '"{venture}" already exists on the server and {file} was not pulled from it: run avp pull first, or push --force to save on top of its newest version.',
  localChanges:
    '{file} has changes not pushed since the last pull or push; push them, pull into another file, or pass --force to overwrite.',
  ventureNotFound: 'no venture "{venture}" in workspace "{workspace}"',
  workspaceNotFound: 'no workspace "{workspace}"; yours: {choices}',
  workspaceAmbiguous: 'choose a workspace with --workspace; yours: {choices}',
  credentialsMissing:
    'set AVP_EMAIL and AVP_PASSWORD to the account to sign in with (they are read from the environment, never from the command line)',
  signInFailed: 'cannot sign in to {server}: {reason}',
  unreachable: 'cannot reach {server}: {reason}',
  apiFailed: 'the server refused ({status}): {reason}',
} as const
