import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Keyboard step in CSS px; with Shift, a bigger one. */
const STEP = 16;
const BIG_STEP = 64;

export interface DragHandleProps {
	/** Move the panel by dx, dy (CSS px); `end` when the move is complete (the place is remembered then). */
	onMove: (dx: number, dy: number, end: boolean) => void;
	/** Home docks right, End docks left. */
	onDock: (side: 'right' | 'left') => void;
}

const ARROWS: Record<string, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1],
};

/**
 * The grip in the panel's header: drag it with a pointer (captured, so the drag survives leaving the panel;
 * moves are batched to one per animation frame), or focus it and use the arrow keys, Home and End.
 */
export function DragHandle({ onMove, onDock }: DragHandleProps) {
	const { t } = useI18n();
	const drag = useRef<{ x: number; y: number; dx: number; dy: number; frame: number } | null>(null);

	const flush = (end: boolean) => {
		const d = drag.current;
		if (!d) return;
		cancelAnimationFrame(d.frame);
		d.frame = 0;
		if (d.dx !== 0 || d.dy !== 0 || end) onMove(d.dx, d.dy, end);
		d.dx = 0;
		d.dy = 0;
	};

	return (
		<button
			type="button"
			class="cl-drag"
			data-cl="drag-handle"
			aria-label={t('panel_move')}
			title={t('panel_move')}
			onPointerDown={(event) => {
				if (event.button !== 0) return;
				event.currentTarget.setPointerCapture(event.pointerId);
				// Screen coordinates: the frame moves under the pointer while it drags.
				drag.current = { x: event.screenX, y: event.screenY, dx: 0, dy: 0, frame: 0 };
			}}
			onPointerMove={(event) => {
				const d = drag.current;
				if (!d) return;
				d.dx += event.screenX - d.x;
				d.dy += event.screenY - d.y;
				d.x = event.screenX;
				d.y = event.screenY;
				d.frame ||= requestAnimationFrame(() => flush(false));
			}}
			onPointerUp={() => {
				flush(true);
				drag.current = null;
			}}
			onPointerCancel={() => {
				flush(true);
				drag.current = null;
			}}
			onKeyDown={(event) => {
				const arrow = ARROWS[event.key];
				const step = event.shiftKey ? BIG_STEP : STEP;
				if (arrow) onMove(arrow[0] * step, arrow[1] * step, true);
				else if (event.key === 'Home') onDock('right');
				else if (event.key === 'End') onDock('left');
				else return;
				event.preventDefault();
			}}
		>
			<span aria-hidden="true">{'\u2630'}</span>
		</button>
	);
}
