import { mergeClasses } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useDropZoneStyles } from './drop-zone-styles';

/** A place files are dropped on (打开工作簿, 收集): highlighted while files are over it. */
export function DropZone({ testId, onFiles, children }: { testId: string; onFiles: (files: FileList) => void; children: (over: boolean) => ReactNode }) {
  const zone = useDropZoneStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(zone.drop, over && zone.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer.files);
      }}
      data-testid={testId}
    >
      {children(over)}
    </div>
  );
}
