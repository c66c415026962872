/** 简体中文：`server` 部分（见 `../zh-CN.ts`）。 */
import type { Catalogue } from '../en.ts'

export const server = {
  serveDescription:
    '运行 Web 服务器：API 与首页，数据存于 --data 下的 SQLite（设置 DATABASE_URL 时使用 PostgreSQL）',
  servePortOption: 'TCP 端口（0 表示自动选择空闲端口）',
  serveDataOption: 'SQLite 数据库所在文件夹（首次启动时创建）',
  stopped: '已停止；数据库已关闭。',
  homeTitle: 'AI 创业规划器',
  homeIntro: '本服务器上的创业项目。每份报告都是一个独立的页面。',
  homeEmpty: '还没有公开的项目。',
  homeVersion: '第 {number} 版',
  homeReportEn: '报告（English）',
  homeReportZh: '报告（中文）',
  homeApi: 'API：{url}（OpenAPI 文档：{openapi}）',
  listening: 'AI 创业规划器已在 {url} 运行（数据：{location}；按 Ctrl+C 停止）',
  errors: {
    unauthenticated: '请先登录。',
    forbidden: '你在此工作区的角色不允许此操作。',
    workspace_not_found: '没有这个工作区。',
    venture_not_found: '没有这个项目。',
    version_not_found: '没有这个版本。',
    stale_version: '已有人保存了更新的版本；请与之合并后再保存。',
    precondition_required: '请在 If-Match 中给出本次保存所基于的版本。',
    invalid_plan: '计划有问题；每条问题都标明了路径。',
    invalid_request: '请求不符合模式；每条问题都标明了路径。',
    malformed_body: '无法读取请求体（JSON 或 YAML 格式错误）。',
    body_too_large: '请求体过大。',
    invalid_credentials: '邮箱或密码错误。',
    too_many_attempts: '登录失败次数过多，请稍后再试。',
    email_taken: '该邮箱已注册。',
    csrf_origin: '已拒绝跨站请求。',
    csrf_token: '缺少或错误的 X-CSRF-Token 请求头。',
    pdf_unavailable: 'PDF 报告需要服务器安装 Chromium；Markdown 和 HTML 无需它。',
    route_not_found: '没有这个路由。',
    internal: '内部错误；详情见服务器日志。',
  },
} as const satisfies Catalogue['server']
