import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentType } from 'react';

// One compiled component per document body, so its identity is stable across renders.
const compiled = new Map<string, ComponentType>();
function mdxComponent(code: string): ComponentType {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code) as ComponentType;
    compiled.set(code, component);
  }
  return component;
}

/** Renders MDX compiled by contentlayer. The content check allows no custom components, so none are passed. */
export function MdxContent({ code }: { code: string }) {
  const Content = mdxComponent(code);
  return (
    <div className="prose-story">
      {/* eslint-disable-next-line react-hooks/static-components -- cached above: stable per document, and this is a Server Component */}
      <Content />
    </div>
  );
}
