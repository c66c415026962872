/**
 * @module guide/text-zh-CN
 * 指南的中文文本：种子文档二十个主题的自述解读，以及与本企业数据相连的句子。占位符规则同 `text-en.ts`。
 */
import type { GuideTopicText } from './text-en.ts'
import type { GuideTopicId } from './topics.ts'

export const guideTextZhCN: Readonly<Record<GuideTopicId, GuideTopicText>> = {
  'technical-challenges': {
    title: '技术挑战',
    body: '大模型训练与运行都很昂贵，结果难以解释，涉及个人数据，换到相邻领域未必好用。其中算力成本是计划阶段就能量化的一项，也往往是模型公司开出的最大一张支票。',
    figure: '你的训练任务共需 {trainingCostUsd}[[，相当于当前现金的 {shareOfCashPct}%]]。',
    missing: '计划中还没有可计价的训练任务；在 `models[].training` 下添加后即可看到其成本占现金的比例。',
  },
  'efficiency-accuracy': {
    title: '训练效率与准确性的平衡',
    body: '靠堆算力换来的准确率收益递减。从已有模型出发做迁移（迁移学习、LoRA），选择算力最优的模型规模，清洗数据并缓存重复计算，通常比更大的训练更划算。',
    figure: '你计划了 {fineTuningRuns} 次微调，成本 {fineTuningCostUsd}；预训练成本为 {pretrainingCostUsd}。',
    missing: '尚未计划训练任务；添加后算力规划器会对比预训练与微调。',
  },
  'application-scenarios': {
    title: '应用场景',
    body: '同一种模型技术在不同场景下差别很大：图像与语音产品取决于延迟和设备成本，搜索问答取决于事实依据与时效，推荐取决于行为数据，自动驾驶取决于安全认证。每个场景也有各自的监管规则。',
    figure:
      '你的 {products} 个产品覆盖：{scenarios}。可用 `avp init --template <场景>` 从场景模板开始一份计划。',
    missing: '请添加产品及其场景；`avp init --template <场景>` 为每个场景提供了起点。',
  },
  'legal-ethics': {
    title: '法律与伦理',
    body: '隐私法、反歧视、透明度、知识产权以及自动化决策规则都会约束 AI 产品，而且各市场不同。尽早弄清适用哪些制度，就能在设计时满足要求，而不是事后补救。',
    figure: '你的市场（{markets}）共适用 {regimes} 项制度[[；你处理特殊类别数据（{specialCategories}）]]。',
    missing: '',
  },
  commercialisation: {
    title: '商业化路径',
    body: '模型可以通过订阅产品、按用量计费的 API、定制解决方案、硬件设备、内容授权或付费课程变成收入。它们的现金节奏各不相同：API 随用量和推理成本增长，解决方案则按里程碑分批到账。',
    figure: '你的产品通过以下方式盈利：{revenueModels}。',
    missing: '还没有产品设置商业模式；请添加 `products[].revenue`。',
  },
  'market-opportunity': {
    title: '市场机会',
    body: '市场规模要算两遍：从公开的总量出发逐层筛选（自上而下），以及数清买家再乘以客单价（自下而上）。两者不一致时，说明某个输入有误；对可获得市场影响最大的输入最值得优先核实。',
    figure:
      '你的可获得市场（SOM）为 {somUsd}，可服务市场为 {samUsd}[[；两种测算方法相差 {methodGapPct}%]]。仍有 {unsourcedInputs} 个输入只是假设。',
    missing: '请添加 `market.bottomUp`（客户数 × 合同额）或 `market.topDown` 来测算市场规模。',
  },
  competition: {
    title: '竞争态势',
    body: '模型公司同时在五条战线上竞争：技术、数据、人才、商业模式与生态。按你所在市场的重要性加权，并如实给对手打分，就能看清哪里能赢、哪里不该硬拼。',
    figure:
      '按你的权重，你在 {entrants} 家（你和 {rivals} 个对手）中排名第 {rank}，得分为领先者的 {relativeToLeaderPct}%。',
    missing: '请在 `market.competitors` 下列出竞争对手，以确定自己的位置。',
  },
  'competitive-advantage': {
    title: '构建竞争优势',
    body: '优势来自在买家最看重的维度上明显更好，然后让它不断累积：能改进产品的独有数据、别人挖不走的团队、在你之上构建的合作伙伴。',
    figure: '你最强的维度是{strongest}（{strongestScore}/5），最弱的是{weakest}（{weakestScore}/5）。',
    missing: '',
  },
  risks: {
    title: '风险',
    body: '技术走进死胡同、需求不足、法律风险、资金耗尽、关键人员流失以及政策变化，是模型公司失败的常见原因。把每一项连同可能性和影响写下来，担忧才会变成计划。',
    figure: '你的风险登记册有 {risks} 项风险，最高得分为 {topScore}（满分 25）。',
    missing: '风险登记册为空；请在 `risks.register` 下添加风险。',
  },
  'risk-reduction': {
    title: '降低风险',
    body: '每项风险都要有应对：规避、用控制措施降低、通过合同或保险转移，或明知而接受。无法规避的风险需要提前写好应急预案。',
    figure: '你的 {risks} 项风险中有 {withContingency} 项已有应急预案。',
    missing: '请在 `risks.register` 下添加风险及其应对策略和应急预案。',
  },
  'success-factors': {
    title: '关键成功因素',
    body: '多数结果取决于七件事：核心技术、数据、团队、市场定位、商业模式、把用户反馈带回产品的闭环，以及资金。记分卡能显示是哪一项在拖后腿。',
    figure: '你在 {scored} 个已评分因素上的平均就绪度为 {averageScore}/5[[；差距最大的是{weakestFactor}]]。',
    missing: '目前还无法为任何因素评分；请补充数据或在 `strategy.readiness.factors` 中手动评分。',
  },
  'technology-breakthrough': {
    title: '实现技术突破',
    body: '小团队靠聚焦实现突破：只攻一个难题，与研究机构合作，站在开源基础之上，并持续而非间歇地投入。',
    figure: '你的核心技术得分为 {technologyScore}/5，技术团队 {technologyHeadcount} 人。',
    missing: '请在 `models` 下添加模型，以便为核心技术评分。',
  },
  'strategic-planning': {
    title: '战略规划',
    body: '战略分七步制定：调研市场、评估技术、组建团队、设计商业模式、分配资源、分析风险、设定目标。目标最好写成带可衡量关键结果的 OKR。',
    figure: '七个步骤中已完成 {completeSteps} 个[[；你的目标按 0–1 标准评分为 {averageGrade}]]。',
    missing: '',
  },
  'business-model-innovation': {
    title: '商业模式创新',
    body: '新的商业模式往往来自标准模式的组合：订阅中嵌入按量计费、以硬件销售服务、把解决方案沉淀为产品。每种组合都会改变毛利与现金节奏。',
    figure:
      '你组合了 {revenueModelCount} 种收入模式：{revenueModels}[[；商业模式就绪度 {businessModelScore}/5]]。',
    missing: '还没有产品设置商业模式；请添加 `products[].revenue`。',
  },
  financing: {
    title: '投融资',
    body: '资金分阶段到来——天使、种子、A 轮、B 轮、战略投资、众筹和后续融资——每一轮都为上一轮取得的进展定价。要在不得不融资之前开始：一轮融资需要数月，现金跑道就是谈判筹码。',
    figure: '你的现金跑道为 {runwayMonths} 个月[[；下一轮为 {nextRound}]]，计划融资共 {plannedRaiseUsd}。',
    missing: '在计划期内现金不会耗尽[[；下一轮为 {nextRound}]]，计划融资共 {plannedRaiseUsd}。',
  },
  'team-building': {
    title: '团队建设',
    body: '除了研究员和工程师，模型公司还需要负责销售、运营、财务、法务合规和招聘的人。缺口会变成风险：进入受监管市场却没有法务负责人，或一切都压在少数关键人员身上。',
    figure:
      '你有 {headcount} 人[[；计划需要但尚未招聘的角色：{missingRoles}]]；{keyPersonDependencyPct}% 的职能完全依赖关键人员。',
    missing: '',
  },
  'risk-management': {
    title: '风险管理',
    body: '风险管理是一项日常工作而不是一份文件：定期评估，盯住先于风险变化的指标，按计划应对，备好应急流程，并为无法承受的损失投保。',
    figure: '你监控 {indicators} 个指标，目前有 {warnings} 个发出预警。',
    missing: '请在 `risks.indicators` 下添加关键风险指标，`avp check` 便会提前预警。',
  },
  'market-competition': {
    title: '市场竞争格局',
    body: '从市场角度看竞争，要问周围的力量——现有对手、新进入者、替代品、买方以及供应方（对模型公司而言是芯片与云厂商）——如何影响你的价格和利润。',
    figure: '你的得分为领先者的 {relativeToLeaderPct}%[[；五力平均强度 {fiveForcesAverage}/5]]。',
    missing: '请在 `market.competitors` 下列出竞争对手，并可选填 `market.fiveForces`。',
  },
  sustainability: {
    title: '可持续发展',
    body: '算力要耗电，而在哪里运行决定了对应多少碳排放。高效硬件、更清洁的电网和更少的无效训练，能同时降低成本和排放——投资人和客户也越来越关心这一点。',
    figure:
      '你的算力排放 {co2Tonnes} 吨 CO2e（训练加一年推理）；迁往最清洁的电网可减少 {regionSavingTonnes} 吨，换用更高效的硬件可减少 {hardwareSavingTonnes} 吨。',
    missing: '请为训练任务或推理配置填写区域，以查看能耗与排放。',
  },
  international: {
    title: '国际合作与拓展',
    body: '走出去能带来研究伙伴、客户和人才，也带来每个市场各自的规则、数据出境限制和本地化工作——提前规划比事后发现便宜得多。',
    figure: '你服务 {markets} 个市场[[；个人数据跨境流动：{transfers}]]。',
    missing: '',
  },
}
