// `npm run icons`: renders every icon both manifests ask for from the one source, assets/icon.svg.
// Outlook (XML manifest and unified manifest ribbon): 16, 32, 64, 80, 128 px in colour.
// Microsoft 365 app package: color.png 192 px; outline.png 32 px, white on transparent (Teams'
// rule for outline icons), derived from the source's #glyph group without the background.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const source = readFileSync(join(assets, 'icon.svg'), 'utf8');

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
    .render()
    .asPng();
}

const outline = source.replace(/<rect id="background"[^>]*\/>/, '').replace(/<defs>[\s\S]*?<\/defs>/, '');
if (outline === source) throw new Error('assets/icon.svg: no #background to drop for the outline icon');

const outputs = [
  ...[16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, render(source, size)]),
  ['color.png', render(source, 192)],
  ['outline.png', render(outline, 32)],
];
for (const [name, png] of outputs) {
  writeFileSync(join(assets, name), png);
  console.log(`assets/${name}  ${png.length} bytes`);
}
