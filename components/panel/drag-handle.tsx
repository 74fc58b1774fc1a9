import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Keyboard step in CSS px; with Shift, a bigger one. */
const STEP = 16;
const BIG_STEP = 64;

export type DragPhase = 'start' | 'move' | 'end';

export interface DragHandleProps {
	/** A pointer drag, in screen coordinates; moves come at most once per animation frame. */
	onDrag: (phase: DragPhase, screenX: number, screenY: number) => void;
	/** Arrow keys: move by dx, dy (CSS px). */
	onNudge: (dx: number, dy: number) => void;
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
 * The grip in the panel's header: drag it with a pointer (captured, so the drag survives leaving the panel), or
 * focus it and use the arrow keys, Home and End. Screen coordinates: the panel moves under the pointer.
 */
export function DragHandle({ onDrag, onNudge, onDock }: DragHandleProps) {
	const { t } = useI18n();
	const drag = useRef<{ x: number; y: number; frame: number } | null>(null);

	const end = () => {
		const d = drag.current;
		if (!d) return;
		cancelAnimationFrame(d.frame);
		drag.current = null;
		onDrag('end', d.x, d.y);
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
				drag.current = { x: event.screenX, y: event.screenY, frame: 0 };
				onDrag('start', event.screenX, event.screenY);
			}}
			onPointerMove={(event) => {
				const d = drag.current;
				if (!d) return;
				d.x = event.screenX;
				d.y = event.screenY;
				// Released where no pointerup reached the frame (outside it, in some browsers): the drag is over.
				if ((event.buttons & 1) === 0) end();
				else
					d.frame ||= requestAnimationFrame(() => {
						d.frame = 0;
						onDrag('move', d.x, d.y);
					});
			}}
			onPointerUp={end}
			onPointerCancel={end}
			onLostPointerCapture={end}
			onKeyDown={(event) => {
				const arrow = ARROWS[event.key];
				const step = event.shiftKey ? BIG_STEP : STEP;
				if (arrow) onNudge(arrow[0] * step, arrow[1] * step);
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
