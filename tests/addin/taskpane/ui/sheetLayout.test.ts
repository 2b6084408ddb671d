// Sheet layouts by blocks that return their anchors: references follow a block when rows are added.
import { SheetLayout } from '../../../../addin/taskpane/ui/sheetLayout';

describe('SheetLayout', () => {
  it('places rows and blocks top to bottom from row 1, skipping blank rows', () => {
    const layout = new SheetLayout();
    expect(layout.add({ value: 'Title' })).toBe(1);
    layout.skip(2);
    const block = layout.reserve(3);
    expect([block.top, block.last, block.row(0), block.row(2)]).toEqual([4, 6, 4, 6]);
    expect(layout.add({ value: 'after' })).toBe(7);
  });

  it('moves every anchor down when a row is added above, so references stay right', () => {
    const build = (extraHeader: boolean) => {
      const layout = new SheetLayout();
      layout.add({ value: 'Title' });
      if (extraHeader) layout.add({ value: 'Another header line' });
      const total = layout.reserve(1);
      const items = layout.reserve(2);
      items.fill([[{ value: 1 }], [{ value: 2 }]]);
      total.fill([[{ formula: `=SUM(A${items.top}:A${items.last})` }]]);
      return layout.blocksToWrite();
    };
    const plain = build(false);
    const moved = build(true);
    expect(plain[1]).toEqual({ at: 'A2', rows: [[{ formula: '=SUM(A3:A4)' }]] });
    expect(moved[2]).toEqual({ at: 'A3', rows: [[{ formula: '=SUM(A4:A5)' }]] });
  });

  it('refuses a row outside a block, a fill of the wrong size and a block never filled', () => {
    const layout = new SheetLayout();
    const block = layout.reserve(2);
    expect(() => block.row(2)).toThrow(RangeError);
    expect(() => block.row(-1)).toThrow(RangeError);
    expect(() => block.fill([[]])).toThrow(RangeError);
    expect(() => layout.blocksToWrite()).toThrow(Error);
    block.fill([[], []]);
    expect(layout.blocksToWrite()).toEqual([{ at: 'A1', rows: [[], []] }]);
  });
});
