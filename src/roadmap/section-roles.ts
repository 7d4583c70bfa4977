/**
 * What a heading or a label says about the part of the document under it: the words a learner
 * reads to decide "is there anything in here to tick off?". One place, so the rule can be read.
 */
import { headingTitle } from './mdast-text.js';

/** Alternatives that must match the whole text, in any case. */
function whole(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})$`, 'i');
}

/**
 * About the document, not the subject: never tracked, nor anything under them. English first, then
 * the words of the languages the corpus has (Portuguese, Spanish, Chinese, Japanese).
 */
const META = whole(
  [
    String.raw`(table of )?contents|toc|index of .*|meta|contributing|contribut(ion|ions|ors?)( guidelines?)?|how to contribute`,
    String.raw`authors?|team|maintainers?|instructors?|acknowledge?ments?|credits|thanks|special thanks`,
    String.raw`licen[cs]e|copyright|code of conduct|sponsors?|become a sponsor|support( us| the project| this project)?|donate|donations|backers`,
    String.raw`give (it |us )?a star|star history|stargazers|translations?|other languages|multi-language support|read in other languages|languages? available`,
    String.raw`community|join (our|the) community|chat|discord|slack|newsletter|changelog|release notes|faq|frequently asked questions`,
    String.raw`disclaimer|status|project status|getting help|help|support|contact|follow me|about (the|this) author|about me|quick links|related( projects| repos)?`,
    String.raw`other courses|more courses|(dis)?advantages?(\(s\))?(:.*)?|pros (and|&) cons`,
    String.raw`tabela de conte[uú]do|[ií]ndice|contribui[çc][ãa]o|contribuidores|licen[çc]a|comunidades?|agradecimentos|sobre o autor`,
    String.raw`tabla de contenidos?|contribuir|licencia|comunidad`,
    String.raw`目录|目次|贡献|参与贡献|贡献者|许可|许可证|版权|版权说明|赞助|社区|交流群|常见问题|常见问题解答|关于作者|快速入口|star 趋势|ライセンス|貢献`,
  ].join('|'),
);

/** Introductions to the course itself (and its closing words): their own lists are not steps (subsections decide for themselves). */
const INTRO = whole(
  [
    String.raw`overview|summary|congratulations!?|introduction to (this|the) (course|guide)|about( this| the)?( course| guide| repo(sitory)?| project)?|motivation`,
    String.raw`why\b.*|what (this|the) (course|guide|roadmap) (covers|does not cover|doesn't cover)|before you (start|begin)|how to use( this)?( guide| repo(sitory)?| roadmap)?|requirements|goals?|objectives?|course objectives?`,
    String.raw`components|course length|course structure|tools used|prerequisites and (setup|tools)|what you('ll| will) need`,
    String.raw`o que [ée]\??|por que usar\??|como usar|siga-me|sobre|c[oó]mo usar`,
    String.raw`为什么.*|如何使用.*|简而言之|前言|はじめに`,
  ].join('|'),
);

const RESOURCES = whole(
  String.raw`(general |additional |other |more |useful |recommended |further |extra )?(resources?|links|references|reading( list)?|readings|materials?|sources?|source\(s\))( and further reading)?(:.*)?|further reading|see also|recursos|refer[eê]ncias|参考(资料|文献)?|资源|参考リンク`,
);
const PROJECTS = /^(mini[- ]?)?projects?\b/i;

/** Parts of a course that are not something to learn: their lists may be topics, but never the heading itself. */
const NOT_A_SUBJECT = whole(String.raw`prerequisites?|requirements|notes?|conclusions?|wrap[- ]?up|final (words|thoughts)|next steps|what'?s next\??`);

/** The heading or label as compared: decoration, shortcodes, trailing colon and numbering gone. */
function roleText(title: string): string {
  return headingTitle(title)
    .replace(/^(\d+(\.\d+)*\.?|[ivx]+\.)\s+/i, '')
    .replace(/[:：]\s*$/, '')
    .trim();
}

export function isMetaTitle(title: string): boolean {
  return META.test(roleText(title));
}

export function isIntroTitle(title: string): boolean {
  return INTRO.test(roleText(title));
}

export function isResourcesTitle(title: string): boolean {
  return RESOURCES.test(roleText(title));
}

/** Rule 4's exception: a heading that may hold topics but is never one itself. */
export function namesNoSubject(title: string): boolean {
  return NOT_A_SUBJECT.test(roleText(title));
}

export function isProjectTitle(title: string): boolean {
  return PROJECTS.test(roleText(title));
}

/** A link to the same document in another language, or to another language's copy of it. */
const LANGUAGES =
  /^(english|español|espanol|spanish|français|francais|french|deutsch|german|italiano|italian|português|portugues|portuguese|русский|russian|türkçe|turkish|polski|polish|한국어|korean|日本語|japanese|中文|简体中文|繁體中文|chinese.*|tiếng việt|vietnamese|العربية|arabic|हिन्दी|hindi|bahasa.*|indonesia|ελληνικά|čeština|nederlands|svenska|українська|فارسی|azerbaijan[i]?|.* version|versión .*|.*版本?)$/i;

export function isTranslationLink(text: string, url: string): boolean {
  return LANGUAGES.test(text.trim()) || /(^|\/)(readme|index)[-_.]([a-z]{2}([-_][a-z]{2,4})?)\.md$/i.test(url) || /\/translations?\//i.test(url);
}

/** "Day 2 >>", "« Previous", "Back to top": moving around the document, not a step of it. */
export function isNavigation(text: string): boolean {
  return /<<|>>|«|»|^\s*(next|previous|prev|back|up)\b|back to top|table of contents/i.test(text);
}
