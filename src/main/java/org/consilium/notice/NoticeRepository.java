package org.consilium.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("select n from Notice n where n.recipientId = :recipient order by n.createdAt desc, n.id desc")
    List<Notice> latestOf(@Param("recipient") long recipientId, Pageable page);

    @Query("select count(n) from Notice n where n.recipientId = :recipient and n.readAt is null")
    long unreadOf(@Param("recipient") long recipientId);

    @Modifying
    @Query("update Notice n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipientId, @Param("at") Instant at);

    boolean existsByRecipientIdAndOnceKey(long recipientId, String onceKey);

    @Query("select n from Notice n where n.mailedAt is null and n.recipientId in :recipients and n.createdAt >= :since "
            + "order by n.recipientId, n.createdAt")
    List<Notice> unmailedOf(@Param("recipients") List<Long> recipients, @Param("since") Instant since);

    @Modifying
    @Query("delete from Notice n where n.createdAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
