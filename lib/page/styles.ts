/**
 * The one stylesheet injected into a report page. Marks use outline (drawn inside the cell with a
 * negative offset) and an inset box-shadow tint: neither takes space, so layout and text never
 * move. Severity is told by line style as well as colour: errors solid, warnings dashed, info dotted;
 * a finding's likeliest culprit is drawn thicker and tinted, the other cells its rule read thinly.
 */
export const STYLE_ATTR = 'data-nianbao-style';
export const FINDING_ATTR = 'data-nianbao-finding';
export const SEVERITY_ATTR = 'data-nianbao-severity';
export const FLASH_ATTR = 'data-nianbao-flash';
/** On a finding's first cell: drawn stronger than the other cells the rule read. */
export const CULPRIT_ATTR = 'data-nianbao-culprit';

export const MARK_CSS = `
[${FINDING_ATTR}][${SEVERITY_ATTR}]{outline-offset:-1px!important}
[${SEVERITY_ATTR}="error"]{outline:1px solid #d93025!important;box-shadow:inset 0 0 0 100vmax rgba(217,48,37,.06)!important}
[${SEVERITY_ATTR}="warning"]{outline:1px dashed #c26401!important;box-shadow:inset 0 0 0 100vmax rgba(249,171,0,.08)!important}
[${SEVERITY_ATTR}="info"]{outline:1px dotted #1a73e8!important}
[${FINDING_ATTR}][${CULPRIT_ATTR}]{outline-width:3px!important;outline-offset:-3px!important}
[${SEVERITY_ATTR}="error"][${CULPRIT_ATTR}]{box-shadow:inset 0 0 0 100vmax rgba(217,48,37,.22)!important}
[${SEVERITY_ATTR}="warning"][${CULPRIT_ATTR}]{box-shadow:inset 0 0 0 100vmax rgba(249,171,0,.25)!important}
[${SEVERITY_ATTR}="info"][${CULPRIT_ATTR}]{box-shadow:inset 0 0 0 100vmax rgba(26,115,232,.14)!important}
[${FINDING_ATTR}]:focus,[${FINDING_ATTR}]:hover{outline-width:3px!important;outline-offset:-3px!important}
[${FLASH_ATTR}]{outline:3px solid #1a73e8!important;outline-offset:1px!important}
@media (prefers-reduced-motion:no-preference){[${FLASH_ATTR}]{animation:nianbao-flash .5s ease-in-out 4 alternate}}
@keyframes nianbao-flash{to{outline-color:rgba(26,115,232,.15)}}
`;
