package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The window's heap policy reaches the running VM's options. */
class HeapPolicyTest {

    @Test
    void theWindowKeepsLittleOfItsHeapFreeAndCollectsWhenIdle() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        HeapPolicy.forWindow();

        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("60000");
    }

    @Test
    void aBloatedHeapIsCollectedAtMostEveryPauseAndAHeapInRealNeedSeldom() {
        long mb = 1L << 20;
        long pause = HeapPolicy.GC_PAUSE.toNanos();
        assertThat(HeapPolicy.shouldCollect(900 * mb, 150 * mb, pause)).isTrue();
        assertThat(HeapPolicy.shouldCollect(900 * mb, 150 * mb, pause - 1)).as("too soon").isFalse();
        assertThat(HeapPolicy.shouldCollect(HeapPolicy.COMMITTED_BUDGET, 150 * mb, pause)).as("within budget").isFalse();
        assertThat(HeapPolicy.shouldCollect(900 * mb, HeapPolicy.LIVE_LIMIT, pause)).as("real need").isFalse();
        assertThat(HeapPolicy.shouldCollect(900 * mb, HeapPolicy.LIVE_LIMIT, pause * 6)).as("looked at again").isTrue();
        long capped = HeapPolicy.budget(384 * mb);
        assertThat(capped).as("70 % of a lower ceiling").isBetween(268 * mb, 269 * mb);
        assertThat(HeapPolicy.budget(6144 * mb)).isEqualTo(HeapPolicy.COMMITTED_BUDGET);
        assertThat(HeapPolicy.shouldCollect(300 * mb, capped, 150 * mb, pause)).as("over the ceiling's budget").isTrue();
        assertThat(HeapPolicy.shouldCollect(260 * mb, capped, 150 * mb, pause)).isFalse();
    }

    @Test
    void theCHeapIsTrimmedWhereTheVmOffersIt() throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        boolean offered = java.util.Arrays.stream(server.getMBeanInfo(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand")).getOperations())
                .anyMatch(o -> o.getName().equals("systemTrimNativeHeap"));

        assertThat(HeapPolicy.trimNativeHeap()).isEqualTo(offered);
    }
}
