/**
 * @module risk/catalogue/generative-risks
 * Risks of generative AI as NIST AI 600-1 (Generative AI Profile, July 2024, §2.1–§2.12) names them,
 * cross-referenced to the MIT AI Risk Repository's domain taxonomy (Slattery et al. 2024). The risks the
 * seed also names (data privacy §2.4, bias §2.6, intellectual property §2.10) live with the venture risks.
 * Descriptions, controls and contingency steps are this project's own words.
 */
import type { CatalogueRisk } from './types.ts'

export const generativeRisks: readonly CatalogueRisk[] = [
  {
    id: 'confabulation',
    category: 'technical',
    likelihood: 4,
    impact: 3,
    sources: ['NIST AI 600-1 §2.2 Confabulation', 'MIT AI Risk Repository domain 3.1'],
    text: {
      en: {
        title: 'The model states false things confidently',
        description:
          'Generation predicts plausible text, not true text (cause); users act on a fabricated answer (event), leading to harm, complaints and liability (consequence).',
        controls: [
          'Ground answers in retrieved sources and cite them',
          'Measure factual error rates on a fixed test set',
        ],
        contingencyPlan: [
          'Add a warning and human review in the affected use',
          'Correct and notify affected users',
        ],
      },
      'zh-CN': {
        title: '模型自信地给出错误内容（幻觉）',
        description:
          '生成模型预测的是看似合理而非真实的文本（原因），用户依据捏造的答案行事（事件），造成损害、投诉和法律责任（后果）。',
        controls: ['基于检索到的来源作答并给出引用', '用固定测试集度量事实错误率'],
        contingencyPlan: ['在受影响的场景加提示并引入人工复核', '更正错误并通知受影响用户'],
      },
    },
  },
  {
    id: 'harmful-content',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 4,
    sources: [
      'NIST AI 600-1 §2.3 Dangerous, Violent, or Hateful Content',
      'NIST AI 600-1 §2.11 Obscene, Degrading, and/or Abusive Content',
      'MIT AI Risk Repository domain 1.2',
    ],
    text: {
      en: {
        title: 'The system produces violent, hateful or abusive content',
        description:
          'Jailbreaks or gaps in safety training (cause) let the system produce harmful content (event), bringing takedowns, regulator action and lost customers (consequence).',
        controls: ['Input and output safety classifiers', 'Red-team before each release'],
        contingencyPlan: [
          'Block the prompt pattern and roll back the model',
          'Report to the platform or regulator as required',
        ],
      },
      'zh-CN': {
        title: '系统生成暴力、仇恨或侮辱性内容',
        description:
          '越狱提示或安全训练存在缺口（原因），使系统生成有害内容（事件），导致下架、监管处罚和客户流失（后果）。',
        controls: ['对输入和输出做安全分类过滤', '每次发布前进行红队测试'],
        contingencyPlan: ['拦截该提示模式并回滚模型', '按要求向平台或监管机构报告'],
      },
    },
  },
  {
    id: 'information-integrity',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 4,
    sources: ['NIST AI 600-1 §2.8 Information Integrity', 'MIT AI Risk Repository domains 3.2 and 4.1'],
    text: {
      en: {
        title: 'Generated media is used to deceive at scale',
        description:
          'Realistic synthetic text, images, voices or video (cause) are passed off as real (event), so the venture faces labelling duties, takedowns and reputational harm (consequence).',
        controls: ['Label and watermark synthetic content', 'Usage policy with abuse monitoring'],
        contingencyPlan: [
          'Suspend the abusing accounts',
          'Publish provenance details for the disputed content',
        ],
      },
      'zh-CN': {
        title: '生成内容被大规模用于误导公众',
        description:
          '逼真的合成文本、图像、声音或视频（原因）被冒充为真实内容传播（事件），公司面临标识义务、下架和声誉损失（后果）。',
        controls: ['为合成内容加标识和水印', '制定使用政策并监测滥用'],
        contingencyPlan: ['封停滥用账户', '公布争议内容的来源信息'],
      },
    },
  },
  {
    id: 'information-security',
    category: 'technical',
    likelihood: 3,
    impact: 4,
    sources: ['NIST AI 600-1 §2.9 Information Security', 'MIT AI Risk Repository domain 2.2'],
    text: {
      en: {
        title: 'Attackers exploit the model or steal its weights',
        description:
          'Prompt injection, data poisoning or weak access control (cause) lets attackers leak data, take actions or copy the model (event), costing customers and the venture’s main asset (consequence).',
        controls: [
          'Least-privilege tools and isolated execution for agents',
          'Weights encrypted with audited access',
        ],
        contingencyPlan: [
          'Rotate credentials and revoke exposed keys',
          'Run the incident-response plan and notify customers',
        ],
      },
      'zh-CN': {
        title: '攻击者利用模型漏洞或窃取模型权重',
        description:
          '提示注入、数据投毒或访问控制薄弱（原因），使攻击者泄露数据、执行操作或复制模型（事件），公司失去客户和核心资产（后果）。',
        controls: ['智能体工具最小权限并隔离执行', '权重加密存储并审计访问'],
        contingencyPlan: ['轮换凭证并吊销泄露的密钥', '启动应急响应并通知客户'],
      },
    },
  },
  {
    id: 'cbrn-misuse',
    category: 'external-policy',
    likelihood: 1,
    impact: 5,
    sources: ['NIST AI 600-1 §2.1 CBRN Information or Capabilities', 'MIT AI Risk Repository domain 4.2'],
    text: {
      en: {
        title: 'A capable model helps someone toward weapons of mass harm',
        description:
          'A general-purpose model with strong science skills (cause) gives meaningful uplift to a malicious user (event), with grave harm and the end of the venture’s licence to operate (consequence).',
        controls: [
          'Dangerous-capability evaluations before release',
          'Refusal training and staged access for open weights',
        ],
        contingencyPlan: [
          'Withdraw the model or capability',
          'Inform the authorities and the AI Office where required',
        ],
      },
      'zh-CN': {
        title: '强能力模型为大规模杀伤性武器提供帮助',
        description:
          '具备较强科学能力的通用模型（原因）为恶意用户提供实质性帮助（事件），造成严重危害并使公司失去经营资格（后果）。',
        controls: ['发布前进行危险能力评估', '拒答训练，开放权重分阶段发布'],
        contingencyPlan: ['撤回模型或相关能力', '按要求通报主管机关和欧盟人工智能办公室'],
      },
    },
  },
  {
    id: 'human-ai-configuration',
    category: 'technical',
    likelihood: 3,
    impact: 3,
    sources: ['NIST AI 600-1 §2.7 Human-AI Configuration', 'MIT AI Risk Repository domains 5.1 and 5.2'],
    text: {
      en: {
        title: 'People rely on the system more than it deserves',
        description:
          'A fluent, human-like interface (cause) leads users or operators to over-trust or anthropomorphise it (event), so errors go unchecked and vulnerable users are harmed (consequence).',
        controls: [
          'Tell users they are talking to an AI and what it cannot do',
          'Require human sign-off for consequential actions',
        ],
        contingencyPlan: [
          'Add friction or review where over-reliance shows',
          'Contact and support affected users',
        ],
      },
      'zh-CN': {
        title: '使用者对系统过度依赖',
        description:
          '流畅拟人的交互（原因）使用户或操作人员过度信任甚至将其拟人化（事件），错误无人把关，弱势用户受到伤害（后果）。',
        controls: ['告知用户正在与人工智能交互及其局限', '重要操作须经人工确认'],
        contingencyPlan: ['在出现过度依赖处增加确认或复核', '联系并帮助受影响用户'],
      },
    },
  },
  {
    id: 'environmental-impact',
    category: 'external-policy',
    likelihood: 2,
    impact: 2,
    sources: ['NIST AI 600-1 §2.5 Environmental Impacts', 'MIT AI Risk Repository domain 6.6'],
    text: {
      en: {
        title: 'Energy use and emissions draw reporting duties or customer pushback',
        description:
          'Large training runs and fleets (cause) emit more than customers and rules accept (event), costing deals and adding disclosure work (consequence).',
        controls: [
          'Measure energy and CO2 per run (avp compute train)',
          'Prefer low-carbon regions and efficient precision',
        ],
        contingencyPlan: [
          'Move workloads to a cleaner region',
          'Publish measured figures and a reduction plan',
        ],
      },
      'zh-CN': {
        title: '能耗和排放带来披露义务或客户抵触',
        description:
          '大规模训练和推理集群（原因）的排放超出客户和法规可接受的范围（事件），导致丢单和额外的披露工作（后果）。',
        controls: ['逐次测算能耗和碳排放（avp compute train）', '优先选择低碳地区和高效精度'],
        contingencyPlan: ['把负载迁移到更清洁的地区', '公布实测数据和减排计划'],
      },
    },
  },
  {
    id: 'value-chain',
    category: 'external-policy',
    likelihood: 3,
    impact: 3,
    sources: ['NIST AI 600-1 §2.12 Value Chain and Component Integration'],
    text: {
      en: {
        title: 'A third-party model, dataset or API changes or fails',
        description:
          'The product builds on a base model, dataset or API the venture does not control (cause); it changes licence, behaviour or price, or is withdrawn (event), breaking the product (consequence).',
        controls: ['Pin versions and keep a tested alternative', 'Read and track upstream licences'],
        contingencyPlan: [
          'Switch to the alternative component',
          'Freeze the last good version and re-validate',
        ],
      },
      'zh-CN': {
        title: '第三方模型、数据集或接口发生变化或失效',
        description:
          '产品依赖公司无法控制的基础模型、数据集或接口（原因），其许可、行为或价格改变甚至下线（事件），导致产品不可用（后果）。',
        controls: ['锁定版本并保留经过测试的替代方案', '阅读并跟踪上游许可协议'],
        contingencyPlan: ['切换到替代组件', '冻结最后可用版本并重新验证'],
      },
    },
  },
  {
    id: 'fraud-and-manipulation',
    category: 'legal-ethical',
    likelihood: 2,
    impact: 4,
    sources: ['MIT AI Risk Repository domain 4.3', 'NIST AI 600-1 §2.8 Information Integrity'],
    text: {
      en: {
        title: 'The product is used for fraud, scams or impersonation',
        description:
          'Voice cloning or persuasive generation (cause) is used to impersonate or scam people (event), bringing victims’ claims and regulator scrutiny (consequence).',
        controls: ['Consent checks for voice or likeness cloning', 'Rate limits and abuse detection'],
        contingencyPlan: [
          'Disable the feature for abusing accounts',
          'Cooperate with the police and victims',
        ],
      },
      'zh-CN': {
        title: '产品被用于欺诈、诈骗或冒充他人',
        description:
          '声音克隆或高说服力的生成能力（原因）被用来冒充或诈骗他人（事件），带来受害者索赔和监管审查（后果）。',
        controls: ['克隆声音或肖像前核验本人同意', '限流并检测滥用'],
        contingencyPlan: ['对滥用账户关闭该功能', '配合警方和受害者处理'],
      },
    },
  },
]
