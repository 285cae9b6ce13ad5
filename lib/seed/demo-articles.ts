/**
 * Demo articles seeded into an empty database.
 *
 * The first article's English is the machine translation exactly as the
 * newsroom received it (shared/fixtures/seed-article.en.mt.txt), faults
 * included ("And digital", "platforms .", "Talents"). We do not have its
 * Chinese original: the Chinese below is a RECONSTRUCTION written for the
 * demo, sentence by sentence from the MT, not the published source text.
 *
 * The two short articles are written for the demo as well. The third has
 * four paragraphs in the original and three in the MT (the MT merged two),
 * to show how unequal paragraph counts are displayed.
 */
import type { ImportArticleInput } from "@/lib/articles/import-schema";

export const DEMO_ARTICLES: ImportArticleInput[] = [
  {
    sourceLang: "zh",
    targetLang: "en",
    title: {
      source: "北京大学重庆大数据研究院落户西部（重庆）科学城",
      mt: "Peking University Chongqing Big Data Research Institute settled in Western (Chongqing) Science City",
    },
    body: {
      // Reconstruction (see the note at the top of this file).
      source: [
        "作者：yqqlm yqqlm",
        "来源：重庆日报网",
        "重庆日报网讯（记者 李星婷 张亦筑）11月21日，在2020重庆英才大会上，重庆高新区与北京大学签署合作协议。双方将在西部（重庆）科学城共建北京大学重庆大数据研究院。",
        "据了解，北京大学重庆大数据研究院（以下简称研究院）是由北京大学与重庆高新区管委会共同建设的高端研发机构。研究院将在科学城集聚培养科技创新人才，开展前沿引领性创新研究，聚焦解决大数据与数字化转型的核心科学技术问题和创新应用瓶颈，加速前沿技术基础研究成果向试验发展创新和应用创新转化，孵化科技型企业，推动产业数字化和数字产业化，最终建成具有国际影响力和引领性的人才集聚平台、前沿研究院和成果转化平台。",
        "同时，研究院还将与重庆本地高校、院所合作开展科研合作和人才培养，加快建设一批国家级和市级重点实验室、技术创新中心等创新平台。",
        "据悉，今年8月，重庆市政府与北京大学签署战略合作协议。协议明确，双方将在战略决策咨询、科技创新和成果转化、人才交流培养等方面整合资源，开展全方位合作。今年以来，科学城加快集聚科研机构，加速集聚高校、科研院所等创新资源，推动科研集中度和竞争力不断提升。截至10月底，已集中签约引进重大科技基础设施、高端研发平台、成果转化基地以及高校科研院所项目20余个，总投资超过200亿元。",
      ].join("\n\n"),
      // Verbatim machine translation.
      mt: "By yqqlm yqqlm\n\nSource:Chongqing Daily Net\n\nChongqing Daily News (Reporter Li Xingting and Zhang Yizhu) On November 21, at the 2020 Chongqing Talents Conference, Chongqing High-tech Zone and Peking University signed a cooperation protocol. The two parties will jointly build the Chongqing Big Data Research Institute of Peking University in the Western (Chongqing) Science City.\n\nIt is understood that the Chongqing Big Data Research Institute of Peking University (hereinafter referred to as the Research Institute) is a high-end R&D institution jointly established by Peking University and the Chongqing High-tech Zone Management Committee. It will gather in the Science City to cultivate technological innovation Talents, carry out cutting-edge leading innovation research, focus on solving the core scientific and technological problems of big data and digital transformation and innovation application bottlenecks, accelerate the transformation of basic research results of cutting-edge technology to experimental development innovation and application innovation, incubate technology-based enterprises, and promote industrial digitalization And digital industrialization will eventually build an internationally influential and leading talent gathering platform, cutting-edge research institute and transformation platform.\n\nAt the same time, the Institute will also cooperate with local universities and institutes in Chongqing to carry out cooperation in scientific research and personnel training, and accelerate the construction of a number of national and municipal key laboratories, technological innovation centers and other innovation platforms .\n\nIt is understood that in August this year, the Chongqing Municipal Government and Peking University signed a strategic cooperation agreement. The agreement clarified that the two parties will integrate resources in strategic decision-making consultation, technological innovation and achievement transformation, and talent exchange training. Carry out all-round cooperation. Since the beginning of this year, Science City has accelerated the gathering of scientific institutions, accelerated the gathering of innovative resources such as universities and research institutes, and promoted the continuous improvement of scientific research concentration and competitiveness. At the end of October, it has concentrated on signing contracts to introduce major technological infrastructure, high-end R&D platforms, and achievement transformation The base and more than 20 university research institute projects have a total investment of over 20 billion yuan.",
    },
    metadata: {
      outlet: "重庆日报网 (Chongqing Daily Net)",
      author: "李星婷 (Li Xingting), 张亦筑 (Zhang Yizhu)",
      originalPublishedAt: "2020-11-22T08:00:00+08:00",
    },
  },
  {
    sourceLang: "zh",
    targetLang: "en",
    title: {
      source: "重庆轨道交通9号线一期开通运营",
      mt: "Chongqing Rail Transit Line 9 Phase I opened for operation",
    },
    body: {
      source: [
        "记者从重庆市轨道交通集团获悉，轨道交通9号线一期工程于1月25日正式开通运营。",
        "9号线一期全长约32公里，共设车站25座，串联起沙坪坝、江北、渝北等区域。开通后，市民从高滩岩到兴科大道最快只需约50分钟。",
        "该线路采用6节编组A型车，最高运行速度为每小时100公里。早晚高峰期间，行车间隔最短为4分钟。",
      ].join("\n\n"),
      mt: [
        "The reporter learned from Chongqing Rail Transit Group that Rail Transit Line 9 Phase I project officially opened for operation On January 25.",
        "The total length of Line 9 Phase I is about 32 kilometers , with a total of 25 stations, connecting Shapingba, Jiangbei, Yubei and other Regions. After opening, citizens from Gaotanyan to Xingke Avenue only need about 50 minutes at the fastest.",
        "The line adopts 6-car marshalling A-type vehicles, the maximum running speed is 100 kilometers per hour. During the morning and evening peak, the minimum driving interval is 4 minutes.",
      ].join("\n\n"),
    },
    metadata: { outlet: "重庆日报 (Chongqing Daily)", originalPublishedAt: "2022-01-25T10:30:00+08:00" },
  },
  {
    sourceLang: "zh",
    targetLang: "en",
    title: {
      source: "长江上游十年禁渔成效初显",
      mt: "The effect of the ten-year fishing ban in the upper reaches of the Yangtze River has initially appeared",
    },
    body: {
      source: [
        "长江十年禁渔实施以来，长江上游重庆段的水生生物资源逐步恢复。",
        "监测数据显示，重庆段鱼类物种数由禁渔前的约120种增加到约150种。",
        "多种珍稀鱼类重新出现在监测样本中，其中包括圆口铜鱼和胭脂鱼。",
        "专家表示，禁渔成效已经显现，但生态系统的全面恢复仍需长期坚持。",
      ].join("\n\n"),
      // The MT merged the second and third paragraphs into one.
      mt: [
        "Since the implementation of the ten-year fishing ban in the Yangtze River, the aquatic biological resources in the Chongqing section of the upper reaches of the Yangtze River have gradually recovered.",
        "Monitoring data shows that the number of fish species in the Chongqing section has increased from about 120 before the fishing ban to about 150 species. A variety of rare fish have reappeared in monitoring samples, including Coreius guichenoti And Chinese sucker.",
        "Experts said that the effect of the fishing ban has appeared, but the comprehensive recovery of the ecosystem still needs long-term persistence.",
      ].join("\n\n"),
    },
    metadata: { outlet: "华龙网 (cqnews.net)", originalPublishedAt: "2023-07-12T09:00:00+08:00" },
  },
];
