/**
 * @module strategy/scenario-templates
 * Starting points for the seed's five application scenarios (question 3): for each, a product with the
 * usual revenue model and the AI-system facts the compliance rules read, a model with a typical shape,
 * training run and serving profile, the data it usually needs, and the regulatory facts that usually
 * apply. `avp init --template <scenario>` turns one into a complete, commented plan.
 *
 * Model shapes are published ones used as stand-ins: ViT-L/16 (Dosovitskiy et al. 2021, arXiv:2010.11929,
 * Table 1: 24 layers, hidden 1024, MLP 4096, 16 heads), Whisper large (Radford et al. 2022,
 * arXiv:2212.04356, Table 1: 32 layers, width 1280, 20 heads), Llama 3 8B (the compute preset), BERT-base
 * (Devlin et al. 2019, arXiv:1810.04805: 12 layers, hidden 768, 12 heads) as a sequential recommender
 * backbone (as in BERT4Rec, Sun et al. 2019, arXiv:1904.06690).
 */
import type { VenturePlanInput } from '../plan/venture-plan.ts'

type ProductInput = NonNullable<VenturePlanInput['products']>[number]
type ModelInput = NonNullable<VenturePlanInput['models']>[number]
type MarketInput = NonNullable<VenturePlanInput['market']>

export const scenarioTemplateIds = [
  'image-recognition',
  'speech',
  'nlp',
  'recommendation',
  'autonomous-driving',
] as const
export type ScenarioTemplateId = (typeof scenarioTemplateIds)[number]

/** A sentence in both languages. */
export interface Bilingual {
  readonly en: string
  readonly 'zh-CN': string
}

export interface RegulatoryFact extends Bilingual {
  readonly source: string
}

export interface ScenarioTemplate {
  readonly id: ScenarioTemplateId
  readonly title: Bilingual
  readonly companyName: string
  readonly homeMarket: string
  readonly marketsServed: readonly string[]
  /** Product without its launch month, which the template fills relative to today. */
  readonly product: Omit<ProductInput, 'launchMonth'>
  /** Model; training `startMonth` is filled relative to today. */
  readonly model: Omit<ModelInput, 'training'> & {
    readonly training: Omit<NonNullable<ModelInput['training']>, 'startMonth'>
  }
  /** The data such a product usually needs. */
  readonly data: Bilingual
  /** How it is usually served. */
  readonly serving: Bilingual
  readonly regulatoryFacts: readonly RegulatoryFact[]
  readonly market: MarketInput
}

export const scenarioTemplates: Readonly<Record<ScenarioTemplateId, ScenarioTemplate>> = {
  'image-recognition': {
    id: 'image-recognition',
    title: { en: 'Medical image recognition', 'zh-CN': '医学影像识别' },
    companyName: 'My Imaging AI',
    homeMarket: 'EU-DE',
    marketsServed: ['EU'],
    product: {
      id: 'imaging-triage',
      name: 'Imaging triage',
      scenario: 'image-recognition',
      revenue: { model: 'saas', pricePerSeatMonthlyUsd: 900, seatsAtLaunch: 10, newSeatsPerMonth: 5 },
      aiSystem: {
        intendedPurpose: 'Flags suspicious findings on chest X-rays for a radiologist to review first',
        sector: 'health',
        affectedGroups: ['patients'],
        personalData: { processed: true, specialCategories: ['health'], peopleCount: 200000 },
        decisionsAboutPeople: 'supports',
        productSafetyRegimes: ['medical-device'],
      },
    },
    model: {
      id: 'vit-large',
      name: 'ViT-L/16 classifier',
      architecture: {
        layers: 24,
        hiddenSize: 1024,
        attentionHeads: 16,
        ffnHiddenSize: 4096,
        vocabularySize: 1000,
        sequenceLength: 256,
      },
      training: {
        name: 'Fine-tuning on labelled X-rays',
        kind: 'full-fine-tuning',
        tokens: 8.0e9,
        gpu: 'a100-80gb-sxm',
        gpus: 8,
        region: 'de',
      },
      serving: { gpu: 'a100-80gb-pcie', averageInputTokens: 256, averageOutputTokens: 1, region: 'de' },
    },
    data: {
      en: 'Tens of thousands of de-identified, radiologist-labelled images per finding, with a hospital data-use agreement.',
      'zh-CN': '每类病灶数万张经放射科医生标注、已去标识化的影像，并与医院签订数据使用协议。',
    },
    serving: {
      en: 'Batch inference inside the hospital network or an EU cloud region; seconds per study are enough.',
      'zh-CN': '在医院内网或欧盟云区域批量推理；每个检查几秒即可。',
    },
    regulatoryFacts: [
      {
        en: 'Software that informs diagnosis is a medical device; under the EU MDR it is usually class IIa or higher and needs a notified body.',
        'zh-CN': '辅助诊断的软件属于医疗器械；按欧盟 MDR 通常为 IIa 类或更高，需要公告机构评审。',
        source: 'Regulation (EU) 2017/745 (MDR), Annex VIII rule 11',
      },
      {
        en: 'An AI system that is a safety component of, or is itself, an MDR device needing third-party assessment is high-risk under the AI Act.',
        'zh-CN': '作为需第三方评估的医疗器械（或其安全组件）的 AI 系统，在《人工智能法》下属于高风险。',
        source: 'Regulation (EU) 2024/1689, art. 6(1) and Annex I section A point 11',
      },
      {
        en: 'Health data is a special category: processing needs an art. 9(2) condition, and at scale a data protection officer.',
        'zh-CN': '健康数据属于特殊类别：处理需满足第 9(2) 条条件，大规模处理时须设数据保护官。',
        source: 'GDPR arts. 9 and 37(1)(c)',
      },
      {
        en: 'Security monitoring is the other common use; remote biometric identification in public spaces is prohibited or tightly limited.',
        'zh-CN': '安防监控是另一常见用途；在公共场所进行远程生物识别受到禁止或严格限制。',
        source: 'Regulation (EU) 2024/1689, art. 5(1)(h)',
      },
    ],
    market: {
      bottomUp: {
        customers: 1200,
        annualContractValueUsd: 60000,
        source: 'assumption (EU radiology departments)',
        reachableShare: 0.3,
        obtainableShare: 0.05,
      },
    },
  },
  speech: {
    id: 'speech',
    title: { en: 'Speech recognition and synthesis', 'zh-CN': '语音识别与合成' },
    companyName: 'My Voice AI',
    homeMarket: 'CN',
    marketsServed: ['CN'],
    product: {
      id: 'voice-agent',
      name: 'Customer-service voice agent',
      scenario: 'speech',
      revenue: {
        model: 'api',
        pricePerMillionInputTokensUsd: 2,
        pricePerMillionOutputTokensUsd: 4,
        inputTokensPerMonthAtLaunch: 5.0e9,
        outputTokensPerMonthAtLaunch: 1.0e9,
        monthlyGrowthRate: 0.08,
      },
      aiSystem: {
        intendedPurpose: 'Transcribes callers and answers them in a synthetic voice',
        sector: 'general',
        affectedGroups: ['customers', 'public'],
        personalData: { processed: true, peopleCount: 500000 },
        syntheticContent: ['audio'],
      },
    },
    model: {
      id: 'whisper-large',
      name: 'Whisper-large-sized speech model',
      architecture: {
        layers: 32,
        hiddenSize: 1280,
        attentionHeads: 20,
        ffnHiddenSize: 5120,
        vocabularySize: 51866,
        sequenceLength: 1500,
      },
      training: {
        name: 'Domain adaptation on call-centre audio',
        kind: 'full-fine-tuning',
        tokens: 2.0e9,
        gpu: 'h100-sxm',
        gpus: 8,
        region: 'cn',
      },
      serving: { gpu: 'h20', averageInputTokens: 1500, averageOutputTokens: 100, region: 'cn' },
    },
    data: {
      en: "Thousands of hours of transcribed call audio with the callers' consent, plus licensed studio voices for synthesis.",
      'zh-CN': '数千小时经来电者同意并转写的通话音频，以及用于合成的授权录音棚音色。',
    },
    serving: {
      en: 'Streaming, under 300 ms to the first word; GPUs close to the telephony provider.',
      'zh-CN': '流式推理，首字延迟低于 300 毫秒；GPU 部署在靠近电话运营商的位置。',
    },
    regulatoryFacts: [
      {
        en: "Synthetic voices must be labelled; cloning a real person's voice needs that person's separate consent.",
        'zh-CN': '合成语音必须标识；克隆真人声音需取得本人单独同意。',
        source: 'CAC Provisions on Deep Synthesis (2023), arts. 14 and 16–17',
      },
      {
        en: 'Callers must be told they are talking to an AI system, and synthetic audio must be machine-detectable as such.',
        'zh-CN': '须告知来电者其正在与 AI 系统交谈，合成音频须可被机器识别。',
        source: 'Regulation (EU) 2024/1689, art. 50(1)–(2)',
      },
      {
        en: 'A voiceprint used to identify a speaker is biometric data, a special category.',
        'zh-CN': '用于识别说话人的声纹属于生物识别数据，是特殊类别数据。',
        source: 'GDPR art. 9(1); PIPL art. 28',
      },
    ],
    market: {
      bottomUp: {
        customers: 20000,
        annualContractValueUsd: 15000,
        source: 'assumption (contact centres with 50+ seats)',
        reachableShare: 0.3,
        obtainableShare: 0.03,
      },
    },
  },
  nlp: {
    id: 'nlp',
    title: { en: 'Search and question answering (NLP)', 'zh-CN': '搜索与智能问答（自然语言处理）' },
    companyName: 'My Answers AI',
    homeMarket: 'US',
    marketsServed: ['US', 'EU'],
    product: {
      id: 'enterprise-qa',
      name: 'Enterprise question answering',
      scenario: 'nlp',
      revenue: {
        model: 'saas',
        pricePerSeatMonthlyUsd: 30,
        seatsAtLaunch: 200,
        newSeatsPerMonth: 150,
        tokensPerSeatMonthly: 2.0e6,
      },
      aiSystem: {
        intendedPurpose: "Answers employees' questions from their company's own documents, with citations",
        sector: 'general',
        affectedGroups: ['employees'],
        personalData: { processed: true, peopleCount: 20000 },
        syntheticContent: ['text'],
      },
    },
    model: {
      id: 'llama3-8b-qa',
      name: 'Llama 3 8B, tuned for retrieval QA',
      architecture: { preset: 'llama3-8b' },
      training: {
        name: 'LoRA on question–answer pairs',
        kind: 'lora',
        loraRank: 16,
        tokens: 1.0e9,
        gpu: 'h100-sxm',
        gpus: 8,
        region: 'us',
      },
      serving: {
        gpu: 'h100-sxm',
        precision: 'fp8',
        averageInputTokens: 3000,
        averageOutputTokens: 300,
        prefixCacheHitRate: 0.4,
        region: 'us',
      },
    },
    data: {
      en: "The customer's own documents (indexed, never used for training without consent) and a few thousand curated question–answer pairs.",
      'zh-CN': '客户自己的文档（建立索引，未经同意不用于训练）以及数千条精选问答对。',
    },
    serving: {
      en: 'Interactive chat: first token under a second, long prompts from retrieval, so prefix caching pays.',
      'zh-CN': '交互式对话：首个词元一秒内返回；检索带来长提示词，前缀缓存收益明显。',
    },
    regulatoryFacts: [
      {
        en: "A provider that fine-tunes someone else's general-purpose model keeps the upstream licence terms and, in the EU, may itself become a provider.",
        'zh-CN': '微调他人通用模型的提供者须遵守上游许可；在欧盟，其自身也可能成为提供者。',
        source: 'Regulation (EU) 2024/1689, art. 25 and recital 109',
      },
      {
        en: 'Generated text shown to the public in China needs the generative-AI service filing and labelling.',
        'zh-CN': '在中国向公众提供生成文本服务，需完成生成式人工智能服务备案并进行标识。',
        source: 'CAC Interim Measures for Generative AI Services (2023), arts. 12 and 17',
      },
      {
        en: 'Employee data in prompts and documents is personal data; the customer is controller, you are processor (a data processing agreement).',
        'zh-CN': '提示词与文档中的员工信息属于个人数据；客户是控制者，你是处理者（需签数据处理协议）。',
        source: 'GDPR art. 28',
      },
    ],
    market: {
      bottomUp: {
        customers: 50000,
        annualContractValueUsd: 20000,
        source: 'assumption (companies with 200+ employees in the US and EU)',
        reachableShare: 0.2,
        obtainableShare: 0.01,
      },
    },
  },
  recommendation: {
    id: 'recommendation',
    title: { en: 'Recommendation', 'zh-CN': '推荐系统' },
    companyName: 'My Recommender AI',
    homeMarket: 'CN',
    marketsServed: ['CN', 'SG'],
    product: {
      id: 'shop-recommender',
      name: 'Recommendations for online shops',
      scenario: 'recommendation',
      revenue: { model: 'saas', pricePerSeatMonthlyUsd: 1500, seatsAtLaunch: 5, newSeatsPerMonth: 4 },
      aiSystem: {
        intendedPurpose: 'Ranks products for each shopper from their browsing and purchase history',
        sector: 'retail',
        affectedGroups: ['customers'],
        personalData: { processed: true, peopleCount: 5000000 },
        profiling: true,
      },
    },
    model: {
      id: 'seq-recommender',
      name: 'BERT-base-sized sequential recommender',
      architecture: {
        layers: 12,
        hiddenSize: 768,
        attentionHeads: 12,
        ffnHiddenSize: 3072,
        vocabularySize: 200000,
        sequenceLength: 512,
      },
      training: {
        name: 'Training on shop event logs',
        kind: 'pretraining',
        tokens: 5.0e10,
        gpu: 'a100-80gb-sxm',
        gpus: 16,
        region: 'cn',
      },
      serving: { gpu: 'a100-80gb-pcie', averageInputTokens: 512, averageOutputTokens: 1, region: 'cn' },
    },
    data: {
      en: 'Months of click, cart and purchase events per shop, joined to the product catalogue; fresh daily.',
      'zh-CN': '每家店铺数月的点击、加购和购买事件，关联商品目录；每日更新。',
    },
    serving: {
      en: 'Tens of milliseconds per page view at peak shopping traffic; candidates cached per user.',
      'zh-CN': '购物高峰时每次页面浏览几十毫秒内返回；按用户缓存候选集。',
    },
    regulatoryFacts: [
      {
        en: 'Recommendation algorithms must be filed with the CAC, let users switch personalisation off and avoid price discrimination.',
        'zh-CN': '推荐算法须向网信办备案，须允许用户关闭个性化推荐，不得进行价格歧视。',
        source: 'CAC Provisions on Algorithmic Recommendation (2022), arts. 17, 21 and 24',
      },
      {
        en: 'Automated personalised marketing must offer an option not based on personal characteristics.',
        'zh-CN': '利用个人信息进行自动化决策推送时，须同时提供不针对个人特征的选项。',
        source: 'PIPL art. 24',
      },
      {
        en: 'Profiling needs a lawful basis and a right to object; very large platforms must offer a non-profiled feed.',
        'zh-CN': '画像须有合法依据并允许反对；超大型平台须提供不基于画像的推荐选项。',
        source: 'GDPR arts. 21–22; Digital Services Act (Regulation (EU) 2022/2065) art. 38',
      },
    ],
    market: {
      bottomUp: {
        customers: 30000,
        annualContractValueUsd: 18000,
        source: 'assumption (mid-sized online shops)',
        reachableShare: 0.25,
        obtainableShare: 0.02,
      },
    },
  },
  'autonomous-driving': {
    id: 'autonomous-driving',
    title: { en: 'Autonomous driving', 'zh-CN': '自动驾驶' },
    companyName: 'My Driving AI',
    homeMarket: 'CN',
    marketsServed: ['CN', 'EU'],
    product: {
      id: 'highway-pilot',
      name: 'Highway pilot perception stack',
      scenario: 'autonomous-driving',
      revenue: {
        model: 'hardware',
        unitPriceUsd: 1200,
        billOfMaterialsUsd: 700,
        unitsPerMonthAtLaunch: 500,
        monthlyGrowthRate: 0.05,
      },
      aiSystem: {
        intendedPurpose: 'Perceives lanes, vehicles and pedestrians for a level 3 highway driving function',
        sector: 'transport',
        affectedGroups: ['drivers', 'public'],
        personalData: { processed: true, specialCategories: ['location-tracking'], peopleCount: 100000 },
        productSafetyRegimes: ['vehicle'],
      },
    },
    model: {
      id: 'bev-perception',
      name: 'Camera-to-BEV perception transformer',
      architecture: {
        layers: 24,
        hiddenSize: 2048,
        attentionHeads: 16,
        ffnHiddenSize: 8192,
        vocabularySize: 1024,
        sequenceLength: 2048,
      },
      training: {
        name: 'Pre-training on fleet video',
        kind: 'pretraining',
        tokens: 2.0e11,
        gpu: 'h800',
        gpus: 64,
        region: 'cn',
      },
    },
    data: {
      en: 'Millions of kilometres of multi-camera fleet video with 3D labels, plus scenario libraries for rare events.',
      'zh-CN': '数百万公里带三维标注的多摄像头车队视频，以及针对罕见事件的场景库。',
    },
    serving: {
      en: "On the vehicle's own computer, not in a data centre: the data-centre GPUs here are for training and validation only.",
      'zh-CN': '在车载计算平台上运行，而非数据中心：此处的数据中心 GPU 仅用于训练和验证。',
    },
    regulatoryFacts: [
      {
        en: 'Vehicle type approval covers automated driving systems; AI Act duties reach them through the vehicle regulations.',
        'zh-CN': '自动驾驶系统纳入整车型式认证；《人工智能法》的义务通过车辆法规适用。',
        source:
          'Regulation (EU) 2018/858, Regulation (EU) 2019/2144 and Implementing Regulation (EU) 2022/1426; Regulation (EU) 2024/1689 art. 2(2) and Annex I section B',
      },
      {
        en: 'A level 3 lane-keeping system is approved against UN Regulation No. 157 (ALKS).',
        'zh-CN': 'L3 级车道保持系统须按联合国第 157 号法规（ALKS）认证。',
        source: 'UNECE Regulation No. 157',
      },
      {
        en: 'Car data collected in China, including video outside the car and location, is "important data" by default and stays in China unless assessed.',
        'zh-CN': '在中国收集的汽车数据（含车外视频与位置）默认属于重要数据，未经评估不得出境。',
        source: 'CAC et al., Several Provisions on Automotive Data Security (Trial) (2021), arts. 3 and 11',
      },
    ],
    market: {
      bottomUp: {
        customers: 20,
        annualContractValueUsd: 6000000,
        source: 'assumption (carmakers building level 3 models)',
        reachableShare: 0.5,
        obtainableShare: 0.1,
      },
    },
  },
}
