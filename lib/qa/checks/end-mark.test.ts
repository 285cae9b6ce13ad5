import { describe, expect, it } from "vitest";
import { endMarkCheck } from "./end-mark";
import { applyFixes, runPair } from "./test-helpers";

describe("end mark", () => {
  it.each([
    ["双方签署协议。", "The two parties signed an agreement", "The two parties signed an agreement."],
    ["真的吗？", "Really", "Really?"],
    ["太好了！", "Great", "Great!"],
    ["他说：“好。”", "He said: “Fine”", "He said: “Fine.”"],
    ["截至10月底，项目20余个。", "By the end of October, more than 20 projects,", "By the end of October, more than 20 projects,."],
    ["会议在北京举行（图）。", "The meeting was held in Beijing (photo)", "The meeting was held in Beijing (photo)."],
  ])("flags %j → %j", (source, target, fixed) => {
    const findings = runPair(endMarkCheck, target, source);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(applyFixes(target, findings)).toBe(fixed);
  });

  it.each([
    ["双方签署协议。", "The two parties signed an agreement."],
    ["北京大学重庆大数据研究院落户西部（重庆）科学城", "Peking University institute settles in Science City"],
    ["真的吗？", "Really?"],
    ["他说：“好。”", "He said: “Fine.”"],
    ["然后……", "And then…"],
    ["作者：yqqlm", "By yqqlm"],
  ])("leaves %j → %j alone", (source, target) => {
    expect(runPair(endMarkCheck, target, source)).toEqual([]);
  });
});
