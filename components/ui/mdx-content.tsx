import { getMDXComponent } from 'next-contentlayer2/hooks';

/** Renders MDX compiled by contentlayer. The content check allows no custom components, so none are passed. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return (
    <div className="prose-story">
      <Content />
    </div>
  );
}
