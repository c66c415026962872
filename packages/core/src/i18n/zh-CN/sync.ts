/** 简体中文：`sync` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const sync = {
  pushDescription: '把计划文件保存为服务器上某个项目的新版本（用 AVP_EMAIL 与 AVP_PASSWORD 登录）',
  pullDescription: '把服务器上项目的最新（或指定）版本写入计划文件',
  ventureOption: '服务器上的项目名称（或标识）；不存在时 push 会创建',
  workspaceOption: '工作区名称或标识（默认：你唯一可写的工作区）',
  serverOption: '服务器地址（默认取 AVP_SERVER，否则 http://localhost:8080）',
  messageOption: '版本说明',
  pushForceOption: '即使本文件不是从服务器拉取的，也在服务器最新版本之上保存',
  outOption: '要写入的计划文件',
  versionOption: '版本号（默认最新）',
  pullForceOption: '覆盖上次推送或拉取后的本地修改',
  defaultMessage: '由 {file} 推送',
  created: '已在工作区“{workspace}”中创建项目“{venture}”，版本 {version}。',
  pushed: '已保存“{venture}”版本 {version}（基于版本 {basedOn}）。',
  pulled: '已把“{venture}”版本 {version} 写入 {file}。',
  pulledHeader: '从服务器拉取：“{venture}”版本 {version}，作者 {author}，时间 {at}',
  stale:
    '已拒绝：“{venture}”已有 {author} 于 {at} 保存的版本 {latest}，比本文件所基于的版本 {basedOn} 更新。请先拉取到另一个文件并合并，再推送。',
  notPulled:
    '服务器上已存在“{venture}”，而 {file} 并非从中拉取：请先运行 avp pull，或用 push --force 在其最新版本之上保存。',
  localChanges: '{file} 自上次拉取或推送后有未推送的修改；请先推送、拉取到另一个文件，或加 --force 覆盖。',
  ventureNotFound: '工作区“{workspace}”中没有项目“{venture}”',
  workspaceNotFound: '没有工作区“{workspace}”；你的工作区：{choices}',
  workspaceAmbiguous: '请用 --workspace 选择工作区；你的工作区：{choices}',
  credentialsMissing: '请设置 AVP_EMAIL 与 AVP_PASSWORD 作为登录账号（只从环境变量读取，不从命令行读取）',
  signInFailed: '无法登录 {server}：{reason}',
  unreachable: '无法连接 {server}：{reason}',
  apiFailed: '服务器拒绝（{status}）：{reason}',
} as const satisfies Catalogue['sync']
