import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Newsdesk application icon and writes it in the three formats the installers
 * need: PNG (Linux), ICO (Windows) and ICNS (macOS), each holding PNG images.
 * Run from the project folder: {@code java installer/icon/MakeIcons.java app-resources/icons}.
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "app-resources/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 128, 256, 512}) {
            pngs.put(size, png(draw(size)));
        }
        Files.write(out.resolve("newsdesk.png"), pngs.get(256));
        Files.write(out.resolve("newsdesk.ico"), ico(pngs));
        Files.write(out.resolve("newsdesk.icns"), icns(pngs));
    }

    /** A blue page with a speech bubble and text lines: an interview on its way to a page. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f6fd0), 0, 256, new Color(0x1b3f86)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(44, 40, 168, 116, 36, 36));
        Path2D tail = new Path2D.Double();
        tail.moveTo(76, 150);
        tail.lineTo(66, 190);
        tail.lineTo(112, 152);
        tail.closePath();
        g.fill(tail);
        g.setColor(new Color(0x1b3f86));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
        g.drawString("N", 96, 134);
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(128, 186, 204, 186);
        g.drawLine(60, 214, 204, 214);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO directory whose entries are PNG images (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int[] sizes = {16, 32, 48, 256};
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = pngs.get(s);
            b.put((byte) (s == 256 ? 0 : s)).put((byte) (s == 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(pngs.get(s));
        }
        return b.array();
    }

    /** ICNS container with PNG entries: ic07 (128), ic08 (256), ic09 (512). */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ic07", pngs.get(128));
        entries.put("ic08", pngs.get(256));
        entries.put("ic09", pngs.get(512));
        int total = 8;
        for (byte[] data : entries.values()) {
            total += 8 + data.length;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(total);
        for (var e : entries.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        return bytes.toByteArray();
    }
}
